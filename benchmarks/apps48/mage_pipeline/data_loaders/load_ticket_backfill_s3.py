import io
import json

import boto3
import pandas as pd

if 'data_loader' not in globals():
    from mage_ai.data_preparation.decorators import data_loader
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test


@data_loader
def load_from_s3_bucket(*args, **kwargs):
    bucket = kwargs.get('bucket', 'acme-support-archive')
    prefix = kwargs.get('s3_prefix', 'exports/zendesk/2023/')
    s3 = boto3.client('s3')
    frames = []
    paginator = s3.get_paginator('list_objects_v2')
    for page in paginator.paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get('Contents', []):
            if not obj['Key'].endswith('.jsonl'):
                continue
            body = s3.get_object(Bucket=bucket, Key=obj['Key'])['Body'].read()
            records = [json.loads(line) for line in io.BytesIO(body).read().decode().splitlines() if line]
            frames.append(pd.DataFrame.from_records(records))
    if not frames:
        return pd.DataFrame(columns=['ticket_id', 'subject', 'body', 'comments'])
    df = pd.concat(frames, ignore_index=True)
    return df.drop_duplicates('ticket_id')


@test
def test_output(output, *args) -> None:
    assert 'ticket_id' in output.columns
