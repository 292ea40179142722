"""Hatchet workflows (the batch/back-office side; Inngest handles user-facing events).

The shared client lives here so task modules can do `from hatchet import hatchet`.
"""
from hatchet_sdk import Hatchet

hatchet = Hatchet(debug=False)
