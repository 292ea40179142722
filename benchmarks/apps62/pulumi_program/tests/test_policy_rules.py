from types import SimpleNamespace

from policy import rules


def _args(resource_type, props):
    return SimpleNamespace(resource_type=resource_type, props=props)


def test_required_tags_reports_missing():
    seen = []
    rules.required_tags(_args("aws:s3/bucketV2:BucketV2", {"tags": {"environment": "dev"}}), seen.append)
    assert seen == ["missing required tags: owner"]


def test_sg_public_ssh_flagged(monkeypatch):
    monkeypatch.setattr(rules, "explain", lambda policy, msg, rt: msg)
    seen = []
    props = {"ingress": [{"fromPort": 22, "cidrBlocks": ["0.0.0.0/0"]}]}
    rules.sg_no_public_ingress(_args("aws:ec2/securityGroup:SecurityGroup", props), seen.append)
    assert "22" in seen[0]
