"""Helpers shared by the scheduled jobs.

Jobs are run as plain scripts (``python jobs/<name>.py``), so this package is
imported as ``common`` (the script directory is first on sys.path).
"""
