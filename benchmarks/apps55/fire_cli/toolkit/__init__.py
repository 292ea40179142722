"""mltk: the ML team's command-line toolkit."""

__version__ = "0.9.3"
