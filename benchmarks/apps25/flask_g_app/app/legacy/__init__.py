"""Code from the first version of HireHelp (2023).  Kept because the Slack
bridge and the careers-site widget still import it.  Please do not add to it."""
