"""Where the scripts send their results."""
import os

import boto3
from slack_sdk import WebClient
from twilio.rest import Client

slack = WebClient(token=os.environ.get("SLACK_BOT_TOKEN"))
twilio = Client(os.environ.get("TWILIO_ACCOUNT_SID"), os.environ.get("TWILIO_AUTH_TOKEN"))
s3 = boto3.client("s3")


def to_slack(channel: str, text: str) -> None:
    slack.chat_postMessage(channel=channel, text=text)


def to_phone(number: str, text: str) -> None:
    twilio.messages.create(to=number, from_=os.environ["TWILIO_FROM"], body=text)


def to_bucket(bucket: str, key: str, text: str) -> None:
    s3.put_object(Bucket=bucket, Key=key, Body=text.encode())
