FROM ubuntu:14.04
RUN gem install bundler

FROM debian:jessie
RUN gem install --no-document bundler

FROM ruby:3.3
RUN gem install --no-document bundler

FROM mycompany/ruby:1
RUN gem install bundler

FROM ubuntu:14.04
RUN gem update --system
RUN gem install --no-document rake
