# coding=utf-8
"""Code from the 0.3.x line, kept until the settings migration (v3 -> v4) is gone.

Do not add new code here.
"""
