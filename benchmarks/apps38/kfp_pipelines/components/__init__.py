"""KFP components. Import submodules explicitly; this package stays empty so
that compiling one pipeline doesn't import every SDK."""
