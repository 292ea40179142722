from pulumi_policy import EnforcementLevel, PolicyPack, ResourceValidationPolicy

from policy.rules import (
    cloudwatch_log_retention,
    ecs_min_replicas_prod,
    lambda_no_admin_role,
    rds_encrypted,
    required_tags,
    s3_no_public_acl,
    s3_versioning_for_docs,
    sg_no_public_ingress,
)

PolicyPack(
    name="platform-guardrails",
    enforcement_level=EnforcementLevel.MANDATORY,
    policies=[
        ResourceValidationPolicy(
            name="s3-no-public-acl",
            description="S3 buckets must not use public ACLs.",
            validate=s3_no_public_acl,
        ),
        ResourceValidationPolicy(
            name="sg-no-public-ingress",
            description="Security groups may only expose 80/443 to the internet.",
            validate=sg_no_public_ingress,
        ),
        ResourceValidationPolicy(
            name="required-tags",
            description="AWS resources must carry environment and owner tags.",
            enforcement_level=EnforcementLevel.ADVISORY,
            validate=required_tags,
        ),
        ResourceValidationPolicy(
            name="rds-encrypted",
            description="RDS instances must be encrypted at rest.",
            validate=rds_encrypted,
        ),
        ResourceValidationPolicy(
            name="no-admin-attachments",
            description="Roles must not get AdministratorAccess.",
            validate=lambda_no_admin_role,
        ),
        ResourceValidationPolicy(
            name="ecs-min-replicas-prod",
            description="Production services run at least two tasks.",
            validate=ecs_min_replicas_prod,
        ),
        ResourceValidationPolicy(
            name="log-retention",
            description="Log groups need a bounded retention.",
            enforcement_level=EnforcementLevel.ADVISORY,
            validate=cloudwatch_log_retention,
        ),
        ResourceValidationPolicy(
            name="docs-bucket-no-force-destroy",
            description="Docs buckets keep their history.",
            enforcement_level=EnforcementLevel.ADVISORY,
            validate=s3_versioning_for_docs,
        ),
    ],
)
