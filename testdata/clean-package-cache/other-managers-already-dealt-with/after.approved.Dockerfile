# syntax=docker/dockerfile:1
FROM node:22 AS yarn
RUN yarn install && yarn cache clean
RUN yarn install --cache-folder /tmp/yarn
ENV YARN_CACHE_FOLDER=/tmp/yarn-cache
RUN yarn add left-pad

FROM continuumio/miniconda3 AS conda
RUN conda install -y numpy && conda clean --all --yes
ENV CONDA_PKGS_DIRS=/tmp/pkgs
RUN conda install -y scipy

FROM composer:2 AS composer
RUN composer install && composer clear-cache
RUN composer install && rm -rf /root/.composer/cache

FROM opensuse/leap:15.6 AS zypper
RUN zypper -n install curl && zypper cc -a

FROM fedora:40 AS dnf
RUN dnf install -y git && rm -rf /var/cache/dnf
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y make

FROM registry.access.redhat.com/ubi9/ubi-minimal AS microdnf
RUN microdnf install -y tar && microdnf clean all

FROM mcr.microsoft.com/azurelinux/base/core:3.0 AS tdnf
RUN --mount=type=cache,target=/var/cache/tdnf tdnf install -y ca-certificates

FROM centos:7 AS yum
RUN --mount=type=cache,target=/var/cache/yum,sharing=locked yum install -y git

FROM ruby:3.3 AS gem
RUN gem install rails --no-document
