from django.conf import settings
from twilio.rest import Client

client = Client(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN)


def send_sms(to: str, body: str) -> str:
    message = client.messages.create(to=to, from_=settings.TWILIO_FROM, body=body)
    return message.sid


def send_whatsapp(to: str, body: str) -> str:
    message = client.messages.create(to=f"whatsapp:{to}", from_=f"whatsapp:{settings.TWILIO_FROM}", body=body)
    return message.sid
