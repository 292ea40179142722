"""Legacy code kept alive for the old Slack integration and the FAQ export.

Nothing new should import from here.  Scheduled for removal "next quarter"
since 2022.
"""
