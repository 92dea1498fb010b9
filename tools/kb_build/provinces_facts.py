"""Facts the linker needs about divisions named bare (without "province"/"محافظة"): population (latest census
or official estimate, rounded; only its order of magnitude matters: 100,000, 1 million, 10 million) and the
bare surfaces that are also everyday words in a language, which then need the division's world in the article.

Keys are ``English base|ISO2`` as in provinces_data.PROVINCES."""

POPULATION = {
    "Rif Dimashq|SY": 3_000_000,
    "Nineveh|IQ": 3_700_000, "Anbar|IQ": 1_800_000, "Salah al-Din|IQ": 1_600_000, "Diyala|IQ": 1_600_000,
    # not Wasit: Urdu واسطے ("for the sake of") would read as it, suffix and all
    "Babil|IQ": 2_100_000, "Dhi Qar|IQ": 2_100_000, "Maysan|IQ": 1_100_000,
    "Muthanna|IQ": 800_000, "Al-Qadisiyyah|IQ": 1_300_000, "Kurdistan Region|IQ": 6_000_000,
    "Mount Lebanon|LB": 1_800_000, "Bekaa|LB": 500_000, "Akkar|LB": 400_000, "Baalbek-Hermel|LB": 400_000,
    "South Lebanon|LB": 700_000,
    "Hadramaut|YE": 1_500_000, "Shabwa|YE": 600_000, "Abyan|YE": 550_000, "Lahij|YE": 900_000, "Al Jawf|YE": 600_000,
    "Al Mahrah|YE": 150_000, "Socotra|YE": 60_000, "Al Dhale|YE": 700_000,
    "Balkh|AF": 1_500_000, "Nangarhar|AF": 1_700_000, "Helmand|AF": 1_400_000, "Paktia|AF": 600_000,
    "Paktika|AF": 800_000, "Kunar|AF": 500_000, "Nuristan|AF": 160_000, "Laghman|AF": 500_000, "Kapisa|AF": 500_000,
    "Parwan|AF": 700_000, "Panjshir|AF": 170_000, "Wardak|AF": 650_000, "Logar|AF": 420_000, "Zabul|AF": 400_000,
    "Uruzgan|AF": 400_000, "Daykundi|AF": 500_000, "Ghor|AF": 760_000, "Badghis|AF": 550_000, "Faryab|AF": 1_100_000,
    "Jowzjan|AF": 580_000, "Samangan|AF": 430_000, "Baghlan|AF": 1_000_000, "Takhar|AF": 1_100_000,
    "Badakhshan|AF": 1_000_000, "Nimruz|AF": 180_000,
    "Punjab|PK": 127_000_000, "Sindh|PK": 55_700_000, "Khyber Pakhtunkhwa|PK": 40_900_000,
    "Balochistan|PK": 14_900_000, "Gilgit-Baltistan|PK": 1_500_000, "Azad Kashmir|PK": 4_000_000, "Kashmir|-": 18_000_000,
    "Fars|IR": 4_900_000, "Khuzestan|IR": 4_700_000, "Razavi Khorasan|IR": 6_400_000, "North Khorasan|IR": 860_000,
    "South Khorasan|IR": 770_000, "East Azerbaijan|IR": 3_900_000, "West Azerbaijan|IR": 3_300_000,
    "Sistan and Baluchestan|IR": 2_800_000, "Gilan|IR": 2_500_000, "Mazandaran|IR": 3_300_000,
    "Golestan|IR": 1_900_000, "Lorestan|IR": 1_800_000, "Hormozgan|IR": 1_800_000, "Alborz|IR": 2_700_000,
    "Chaharmahal and Bakhtiari|IR": 950_000, "Kohgiluyeh and Boyer-Ahmad|IR": 710_000,
    "West Bank|PS": 3_000_000, "Gaza Strip|PS": 2_100_000, "East Jerusalem|PS": 360_000, "Golan Heights|SY": 50_000,
    "Dnipropetrovsk|UA": 3_100_000, "Crimea|UA": 2_400_000, "Donbas|UA": 6_500_000, "Chechnya|RU": 1_500_000,
}

# bare surfaces that are everyday words (or another place): فارس "Persian"/"knight", سند "document", غور "depth",
# گلستان "rose garden", انبار "warehouse", واسط "mediator", المهرة "the mare", پروان "growing up" (پروان چڑھنا),
# the Alborz mountains, ancient Babylon, Iran's city of Zabol
AMBIGUOUS = {
    "Fars|IR": {"fa": ["فارس"], "ar": ["فارس"], "ur": ["فارس"]},
    "Sindh|PK": {"fa": ["سند"], "ar": ["السند"]},
    "Ghor|AF": {"ur": ["غور"], "ar": ["غور"], "fa": ["غور"]},
    "Golestan|IR": {"fa": ["گلستان"], "ur": ["گلستان"]},
    "Anbar|IQ": {"fa": ["انبار"], "ur": ["انبار"]},
    "Babil|IQ": {"fa": ["بابل"], "ar": ["بابل"], "ur": ["بابل"]},
    "Wasit|IQ": {"fa": ["واسط"], "ar": ["واسط"]},
    "Muthanna|IQ": {"ar": ["المثنى"]},
    "Al Jawf|YE": {"ar": ["الجوف"]},
    "Al Mahrah|YE": {"ar": ["المهرة"]},
    "Al-Qadisiyyah|IQ": {"ar": ["القادسية"]},
    "Parwan|AF": {"ur": ["پروان"], "fa": ["پروان"]},
    "Alborz|IR": {"fa": ["البرز"]},
    "Zabul|AF": {"fa": ["زابل"]},
}
