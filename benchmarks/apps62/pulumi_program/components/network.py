"""VPC + subnets. Plain infra, no AI here."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import pulumi
import pulumi_aws as aws


@dataclass
class NetworkArgs:
    cidr_block: str = "10.20.0.0/16"
    azs: tuple[str, ...] = ("eu-west-1a", "eu-west-1b")
    enable_nat: bool = True


class Network(pulumi.ComponentResource):
    def __init__(self, name: str, args: NetworkArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("platform:network:Network", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)

        self.vpc = aws.ec2.Vpc(
            f"{name}-vpc",
            cidr_block=args.cidr_block,
            enable_dns_hostnames=True,
            tags={"Name": f"{name}-vpc"},
            opts=child,
        )
        igw = aws.ec2.InternetGateway(f"{name}-igw", vpc_id=self.vpc.id, opts=child)

        self.public_subnets = []
        self.private_subnets = []
        for i, az in enumerate(args.azs):
            self.public_subnets.append(aws.ec2.Subnet(
                f"{name}-public-{i}",
                vpc_id=self.vpc.id,
                cidr_block=f"10.20.{i}.0/24",
                availability_zone=az,
                map_public_ip_on_launch=True,
                opts=child,
            ))
            self.private_subnets.append(aws.ec2.Subnet(
                f"{name}-private-{i}",
                vpc_id=self.vpc.id,
                cidr_block=f"10.20.{100 + i}.0/24",
                availability_zone=az,
                opts=child,
            ))

        rt = aws.ec2.RouteTable(
            f"{name}-public-rt",
            vpc_id=self.vpc.id,
            routes=[aws.ec2.RouteTableRouteArgs(cidr_block="0.0.0.0/0", gateway_id=igw.id)],
            opts=child,
        )
        for i, subnet in enumerate(self.public_subnets):
            aws.ec2.RouteTableAssociation(f"{name}-public-rta-{i}", subnet_id=subnet.id,
                                          route_table_id=rt.id, opts=child)

        if args.enable_nat:
            eip = aws.ec2.Eip(f"{name}-nat-eip", domain="vpc", opts=child)
            self.nat = aws.ec2.NatGateway(f"{name}-nat", subnet_id=self.public_subnets[0].id,
                                          allocation_id=eip.id, opts=child)

        self.register_outputs({
            "vpc_id": self.vpc.id,
            "public_subnet_ids": [s.id for s in self.public_subnets],
            "private_subnet_ids": [s.id for s in self.private_subnets],
        })
