"""Role words per language (titles newspapers put before or after a name). Written to roles.json."""

ROLES = {
    "president": {
        "en": ["President", "president"],
        "ur": ["صدر", "صدر مملکت", "صدرِ مملکت"],
        "ar": ["الرئيس", "رئيس", "رئيس الجمهورية"],
        "fa": ["رئیس‌جمهور", "رئیس جمهور", "رییس‌جمهور", "رییس جمهور", "رئیس جمهوری", "رئیس‌جمهوری"],
    },
    "vice_president": {
        "en": ["Vice President", "vice president", "Vice-President"],
        "ur": ["نائب صدر"],
        "ar": ["نائب الرئيس", "نائب رئيس الجمهورية"],
        "fa": ["معاون رئیس‌جمهور", "معاون اول رئیس‌جمهور", "معاون اول"],
    },
    "prime_minister": {
        "en": ["Prime Minister", "prime minister", "Premier", "PM"],
        "ur": ["وزیر اعظم", "وزیراعظم", "وزیرِ اعظم"],
        "ar": ["رئيس الوزراء", "رئيس الحكومة", "رئيس مجلس الوزراء"],
        "fa": ["نخست‌وزیر", "نخست وزیر"],
    },
    "foreign_minister": {
        "en": ["Foreign Minister", "foreign minister", "Secretary of State", "Foreign Secretary",
               "foreign affairs minister"],
        "ur": ["وزیر خارجہ", "وزیرِ خارجہ", "وزیر امور خارجہ", "سیکرٹری خارجہ"],
        "ar": ["وزير الخارجية", "وزير الشؤون الخارجية", "وزيرة الخارجية"],
        "fa": ["وزیر امور خارجه", "وزیر خارجه", "وزیر امورخارجه"],
    },
    "defence_minister": {
        "en": ["Defence Minister", "Defense Minister", "defence minister", "defense minister",
               "Defense Secretary", "Defence Secretary", "Secretary of Defense"],
        "ur": ["وزیر دفاع", "وزیرِ دفاع"],
        "ar": ["وزير الدفاع"],
        "fa": ["وزیر دفاع"],
    },
    "interior_minister": {
        "en": ["Interior Minister", "interior minister", "Home Minister", "Home Secretary"],
        "ur": ["وزیر داخلہ"],
        "ar": ["وزير الداخلية"],
        "fa": ["وزیر کشور"],
    },
    "minister": {
        "en": ["Minister", "minister"],
        "ur": ["وزیر", "وفاقی وزیر"],
        "ar": ["وزير", "الوزير", "وزيرة"],
        "fa": ["وزیر"],
    },
    "head_of_state": {
        "en": ["head of state"],
        "ur": ["سربراہ مملکت", "سربراہِ مملکت"],
        "ar": ["رئيس الدولة"],
        "fa": ["رئیس کشور", "رئیس دولت"],
    },
    "head_of_government": {
        "en": ["head of government"],
        "ur": ["سربراہ حکومت"],
        "ar": ["رئيس الحكومة"],
        "fa": ["رئیس دولت"],
    },
    "king": {
        "en": ["King", "king", "Queen", "monarch"],
        "ur": ["شاہ", "بادشاہ", "فرمانروا", "خادم الحرمین الشریفین"],
        "ar": ["الملك", "ملك", "العاهل", "خادم الحرمين الشريفين"],
        "fa": ["پادشاه", "شاه", "ملک"],
    },
    "emir": {
        "en": ["Emir", "emir", "Amir", "Sultan"],
        "ur": ["امیر", "سلطان"],
        "ar": ["أمير", "الأمير", "السلطان", "سلطان"],
        "fa": ["امیر", "سلطان"],
    },
    "crown_prince": {
        "en": ["Crown Prince", "crown prince"],
        "ur": ["ولی عہد", "ولیعہد"],
        "ar": ["ولي العهد"],
        "fa": ["ولیعهد", "ولی‌عهد", "ولی عهد"],
    },
    "supreme_leader": {
        "en": ["Supreme Leader", "supreme leader", "Leader of the Islamic Revolution", "Ayatollah"],
        "ur": ["سپریم لیڈر", "رہبر اعلیٰ", "رہبر انقلاب", "رہبر معظم", "آیت اللہ"],
        "ar": ["المرشد الأعلى", "مرشد الثورة", "المرشد الإيراني", "قائد الثورة", "آية الله"],
        "fa": ["رهبر انقلاب", "رهبر معظم انقلاب", "رهبر جمهوری اسلامی", "مقام معظم رهبری", "رهبری", "آیت‌الله"],
    },
    "envoy": {
        "en": ["envoy", "special envoy", "Special Envoy", "special representative", "ambassador"],
        "ur": ["ایلچی", "خصوصی ایلچی", "خصوصی نمائندہ", "نمائندہ خصوصی", "سفیر"],
        "ar": ["مبعوث", "المبعوث", "المبعوث الخاص", "الممثل الخاص", "سفير", "المبعوث الرئاسي"],
        "fa": ["فرستاده ویژه", "فرستاده", "نماینده ویژه", "سفیر"],
    },
    "spokesperson": {
        "en": ["spokesman", "spokeswoman", "spokesperson", "press secretary"],
        "ur": ["ترجمان"],
        "ar": ["المتحدث", "المتحدث باسم", "الناطق باسم", "الناطق", "المتحدثة باسم"],
        "fa": ["سخنگو", "سخنگوی"],
    },
    "leader": {
        "en": ["leader", "chief", "head", "commander", "chairman"],
        "ur": ["رہنما", "سربراہ", "لیڈر", "قائد", "کمانڈر", "چیئرمین"],
        "ar": ["زعيم", "قائد", "رئيس", "الأمين العام", "القائد", "رئيس المكتب السياسي"],
        "fa": ["رهبر", "رئیس", "فرمانده", "دبیرکل"],
    },
    "secretary_general": {
        "en": ["Secretary-General", "Secretary General", "secretary-general"],
        "ur": ["سیکرٹری جنرل", "سیکریٹری جنرل"],
        "ar": ["الأمين العام"],
        "fa": ["دبیرکل", "دبیر کل"],
    },
    "chief_of_staff": {
        "en": ["Chief of Staff", "chief of staff", "Chief of the General Staff", "army chief"],
        "ur": ["آرمی چیف", "چیف آف اسٹاف", "چیف آف آرمی اسٹاف", "آرمی چیف جنرل"],
        "ar": ["رئيس الأركان", "رئيس هيئة الأركان", "قائد الجيش"],
        "fa": ["رئیس ستاد کل", "رئیس ستاد کل نیروهای مسلح", "فرمانده کل ارتش"],
    },
    "speaker": {
        "en": ["Speaker", "speaker of parliament"],
        "ur": ["اسپیکر", "سپیکر"],
        "ar": ["رئيس البرلمان", "رئيس مجلس النواب", "رئيس مجلس الشعب"],
        "fa": ["رئیس مجلس"],
    },
    "general": {
        "en": ["General", "general", "Lieutenant General", "Major General", "Brigadier"],
        "ur": ["جنرل", "لیفٹیننٹ جنرل", "میجر جنرل", "بریگیڈیئر"],
        "ar": ["الجنرال", "اللواء", "العماد", "الفريق", "العميد"],
        "fa": ["ژنرال", "سردار", "سرلشکر", "سرتیپ", "امیر"],
    },
    "adviser": {
        "en": ["adviser", "advisor", "aide"],
        "ur": ["مشیر", "معاون"],
        "ar": ["مستشار", "مستشارة"],
        "fa": ["مشاور", "دستیار"],
    },
    "director": {
        "en": ["director", "head of media", "media director"],
        "ur": ["ڈائریکٹر", "میڈیا ڈائریکٹر", "سربراہ"],
        "ar": ["مدير", "مدير المكتب الإعلامي"],
        "fa": ["مدیر", "رئیس دفتر"],
    },
    "spokesperson_military": {
        "en": ["military spokesman", "army spokesman"],
        "ur": ["فوجی ترجمان"],
        "ar": ["المتحدث العسكري", "المتحدث باسم الجيش"],
        "fa": ["سخنگوی ارتش", "سخنگوی نیروهای مسلح"],
    },
}
# Which KB role codes each word group supports (word groups outside the KB vocabulary point to one).
ROLE_OF_GROUP = {"vice_president": "other", "interior_minister": "minister", "speaker": "other",
                 "general": "chief_of_staff", "adviser": "other", "director": "other",
                 "spokesperson_military": "spokesperson"}
