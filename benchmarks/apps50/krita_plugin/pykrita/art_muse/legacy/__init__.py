"""Code from the 0.x plugin ("krita-sd-helper") kept for the old actions.

Nothing new should import from here.
"""
