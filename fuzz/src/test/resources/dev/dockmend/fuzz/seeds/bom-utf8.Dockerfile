FROM alpine
LABEL description="café ✓"
RUN echo "🐳"
