FROM ruby:3.3
RUN gem install --no-document bundler && gem update --no-document --system
RUN gem install -N rake && gem install --no-document rails && gem install --document rdoc

FROM ruby:3.3 AS configured
RUN echo 'gem: --no-document' >> /usr/local/etc/gemrc
RUN gem install puma
