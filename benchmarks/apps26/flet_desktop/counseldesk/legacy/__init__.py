"""Pre-Flet code from the Tkinter prototype. Do not add new callers."""
