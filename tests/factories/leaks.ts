/** What must never reach a client: stacks, source paths, Prisma/driver/SQL text, addresses. */
export const LEAK =
  /\bat [\w.<>]+ \(|\bat (file:\/\/)?\/|\/[\w.-]+\/[\w./-]+\.(ts|js|mjs|cjs)\b|node_modules|\bprisma\b|invalid `|ECONNREFUSED|getaddrinfo|\b(SELECT|INSERT|UPDATE|DELETE)\b .*\b(FROM|INTO|SET)\b|violates|constraint|relation "|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d+|"stack"/i;
