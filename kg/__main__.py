"""``python -m kg``: the same command line as ``crckg``."""
from kg.cli import main

main()
