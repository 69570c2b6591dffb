"""The schema and vocabularies of crc-resistance-kg, as data files (no code runs here)."""
