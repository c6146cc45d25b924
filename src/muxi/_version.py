"""The single source of the package version (read by hatchling and by ``muxi.__version__``)."""

__version__ = "0.1.0"
