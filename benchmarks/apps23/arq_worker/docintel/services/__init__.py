"""Domain services shared by jobs and the API."""
