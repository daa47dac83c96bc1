FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# next build needs no database; the secret is a placeholder for the build only (the real one comes at run time).
RUN PAYLOAD_SECRET=build-time-placeholder-secret npx next build
EXPOSE 3000
CMD ["npx", "next", "start", "-p", "3000"]
