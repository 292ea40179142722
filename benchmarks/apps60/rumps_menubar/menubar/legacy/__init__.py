"""Code from the 0.x days, before the llm/ package. Still wired to the
'Services' menu entries (macOS Services, via py2app NSServices). Slowly being
moved to features/ - don't add new stuff here."""
