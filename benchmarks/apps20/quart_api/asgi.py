from deskpilot import create_app

app = create_app()
