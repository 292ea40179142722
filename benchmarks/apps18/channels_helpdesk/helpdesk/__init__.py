default_app_config = "helpdesk.apps.HelpdeskConfig"
