"""Cross-script entity knowledge base: loading (store), keys (keys), mention detection (matcher),
linking and disambiguation (linker), discovery (discovery), Wikidata import (wikidata), CLI (cli).
See docs/entities.md."""
