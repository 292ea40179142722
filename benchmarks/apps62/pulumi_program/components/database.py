"""Postgres (RDS) for services that need state. Plain infra."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import pulumi
import pulumi_aws as aws
import pulumi_random as random


@dataclass
class DatabaseArgs:
    vpc_id: pulumi.Input[str]
    subnet_ids: Sequence[pulumi.Input[str]]
    allowed_cidrs: Sequence[str] = ("10.20.0.0/16",)
    engine_version: str = "16.3"
    instance_class: str = "db.t4g.small"
    allocated_storage: int = 20
    multi_az: bool = False
    backup_retention_days: int = 7
    deletion_protection: bool = True
    db_name: str = "app"


class Database(pulumi.ComponentResource):
    """RDS Postgres with a generated password stored in Secrets Manager."""

    def __init__(self, name: str, args: DatabaseArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("platform:data:Database", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)

        self.password = random.RandomPassword(
            f"{name}-password",
            length=32,
            special=True,
            override_special="!#$%^*()-_=+",
            opts=child,
        )
        subnet_group = aws.rds.SubnetGroup(f"{name}-subnets", subnet_ids=list(args.subnet_ids), opts=child)
        sg = aws.ec2.SecurityGroup(
            f"{name}-db-sg",
            vpc_id=args.vpc_id,
            ingress=[aws.ec2.SecurityGroupIngressArgs(
                protocol="tcp", from_port=5432, to_port=5432, cidr_blocks=list(args.allowed_cidrs))],
            opts=child,
        )
        params = aws.rds.ParameterGroup(
            f"{name}-params",
            family="postgres16",
            parameters=[
                aws.rds.ParameterGroupParameterArgs(name="log_min_duration_statement", value="500"),
                aws.rds.ParameterGroupParameterArgs(name="rds.force_ssl", value="1"),
            ],
            opts=child,
        )
        self.instance = aws.rds.Instance(
            f"{name}-pg",
            engine="postgres",
            engine_version=args.engine_version,
            instance_class=args.instance_class,
            allocated_storage=args.allocated_storage,
            db_name=args.db_name,
            username="app_admin",
            password=self.password.result,
            db_subnet_group_name=subnet_group.name,
            vpc_security_group_ids=[sg.id],
            parameter_group_name=params.name,
            multi_az=args.multi_az,
            storage_encrypted=True,
            backup_retention_period=args.backup_retention_days,
            deletion_protection=args.deletion_protection,
            skip_final_snapshot=not args.deletion_protection,
            final_snapshot_identifier=f"{name}-final" if args.deletion_protection else None,
            opts=pulumi.ResourceOptions(parent=self, protect=args.deletion_protection),
        )
        self.secret = aws.secretsmanager.Secret(f"{name}-dsn", opts=child)
        aws.secretsmanager.SecretVersion(
            f"{name}-dsn-v",
            secret_id=self.secret.id,
            secret_string=pulumi.Output.all(self.instance.address, self.password.result).apply(
                lambda a: f"postgresql://app_admin:{a[1]}@{a[0]}:5432/{args.db_name}?sslmode=require"
            ),
            opts=child,
        )
        self.register_outputs({
            "endpoint": self.instance.endpoint,
            "dsn_secret_arn": self.secret.arn,
        })
