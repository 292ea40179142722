"""Click commands. Each module exposes one or more commands; cli.py registers them."""
