"""The package version, in the core so that any layer can print it without importing the package root.

>>> __version__.count(".") >= 2
True
"""
__version__ = "0.1.0"
