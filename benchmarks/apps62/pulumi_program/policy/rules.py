"""Resource validation rules for the platform policy pack."""
from __future__ import annotations

from pulumi_policy import ReportViolation, ResourceValidationArgs

from policy.explain import explain

REQUIRED_TAGS = ("environment", "owner")
PUBLIC_CIDRS = ("0.0.0.0/0", "::/0")


def s3_no_public_acl(args: ResourceValidationArgs, report_violation: ReportViolation):
    if args.resource_type not in ("aws:s3/bucket:Bucket", "aws:s3/bucketAclV2:BucketAclV2"):
        return
    acl = args.props.get("acl")
    if acl in ("public-read", "public-read-write"):
        report_violation(explain("s3-no-public-acl", f"bucket ACL is '{acl}'", args.resource_type))


def sg_no_public_ingress(args: ResourceValidationArgs, report_violation: ReportViolation):
    if args.resource_type != "aws:ec2/securityGroup:SecurityGroup":
        return
    for rule in args.props.get("ingress", []) or []:
        cidrs = (rule.get("cidrBlocks") or []) + (rule.get("ipv6CidrBlocks") or [])
        if any(c in PUBLIC_CIDRS for c in cidrs) and rule.get("fromPort") not in (80, 443):
            report_violation(explain(
                "sg-no-public-ingress",
                f"ingress port {rule.get('fromPort')} open to the internet",
                args.resource_type,
            ))


def required_tags(args: ResourceValidationArgs, report_violation: ReportViolation):
    if not args.resource_type.startswith("aws:") or "tags" not in args.props:
        return
    tags = args.props.get("tags") or {}
    missing = [t for t in REQUIRED_TAGS if t not in tags]
    if missing:
        report_violation(f"missing required tags: {', '.join(missing)}")


def rds_encrypted(args: ResourceValidationArgs, report_violation: ReportViolation):
    if args.resource_type != "aws:rds/instance:Instance":
        return
    if not args.props.get("storageEncrypted"):
        report_violation(explain("rds-encrypted", "storage_encrypted is false", args.resource_type))


def lambda_no_admin_role(args: ResourceValidationArgs, report_violation: ReportViolation):
    if args.resource_type != "aws:iam/rolePolicyAttachment:RolePolicyAttachment":
        return
    arn = args.props.get("policyArn", "")
    if arn.endswith(":policy/AdministratorAccess"):
        report_violation(explain("no-admin-attachments", "AdministratorAccess attached to a role",
                                 args.resource_type))


def ecs_min_replicas_prod(args: ResourceValidationArgs, report_violation: ReportViolation):
    if args.resource_type != "aws:ecs/service:Service":
        return
    name = args.name or ""
    if "-prod" in name and (args.props.get("desiredCount") or 0) < 2:
        report_violation("production ECS services need at least 2 replicas")


def cloudwatch_log_retention(args: ResourceValidationArgs, report_violation: ReportViolation):
    if args.resource_type != "aws:cloudwatch/logGroup:LogGroup":
        return
    days = args.props.get("retentionInDays")
    if not days:
        report_violation("log groups must set retention_in_days (default is never expire)")
    elif days > 400:
        report_violation(f"retention of {days} days exceeds the 400 day maximum")


def s3_versioning_for_docs(args: ResourceValidationArgs, report_violation: ReportViolation):
    # TODO: BucketVersioningV2 is a separate resource, this needs a stack policy instead
    if args.resource_type != "aws:s3/bucketV2:BucketV2":
        return
    if "docs" in (args.name or "") and args.props.get("forceDestroy"):
        report_violation("docs buckets should not use force_destroy outside dev")
