FROM centos:7
RUN yum install -y epel-release && yum clean all && rm -rf /var/cache/yum
RUN yum -y install \
        git \
        make \
        && yum clean all \
        && rm -rf /var/cache/yum
RUN /usr/bin/yum -y update && yum -y install gcc && yum clean all && rm -rf /var/cache/yum

FROM fedora:40
RUN dnf install -y python3 && dnf clean all && rm -rf /var/cache/dnf
RUN dnf --installroot /mnt/rootfs install -y bash

FROM registry.access.redhat.com/ubi9/ubi-minimal
RUN microdnf install -y shadow-utils && microdnf clean all && rm -rf /var/cache/yum

FROM mcr.microsoft.com/azurelinux/base/core:3.0
RUN tdnf install -y ca-certificates && tdnf clean all

FROM opensuse/leap:15.6
RUN zypper --non-interactive install -y curl && zypper clean --all
