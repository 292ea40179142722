"""Pre-0.5 code paths still used by site B's older HMI firmware.

Do not add new callers.  Slated for removal once site B upgrades (TODO: GW-212).
"""
