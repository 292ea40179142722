"""Legacy integrations kept for the v1 HTTP API.

Do not add new code here.  Most of this predates the shared clients package and
talks to the services with raw HTTP.
"""
