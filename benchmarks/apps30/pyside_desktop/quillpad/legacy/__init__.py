"""Modules from the 0.x days. Do not add new code here."""
