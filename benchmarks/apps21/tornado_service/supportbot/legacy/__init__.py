"""Code from before the 2023 service-layer refactor.

Do not add new features here; port them to supportbot.services instead.
"""
