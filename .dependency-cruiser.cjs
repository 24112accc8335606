// The layers point one way:
//   domain, language, report (plain functions) <- data <- use-cases <- api | pages <- app <- functions/, local/
// auth (identity, policy, tokens, the session cookie) sits beside the domain; http holds what the
// api and the pages share about a request. `npm test` fails on any import against these arrows.
const layer = (name, mayImport) => ({
  name: `${name}-layer`,
  comment: `shared/${name} may import only shared/{${mayImport.join(",")}}`,
  severity: "error",
  from: { path: `^shared/${name}/` },
  to: {
    path: "^(shared|functions|local|seed|infra|test)/",
    pathNot: `^shared/(${[name, ...mayImport].join("|")})(/|\\.ts$)`,
  },
});

module.exports = {
  forbidden: [
    layer("domain", ["language", "config"]),
    layer("language", ["domain"]),
    layer("report", ["domain", "language"]),
    layer("iati", ["domain", "language", "report"]),
    layer("spreadsheet", ["domain", "language"]),
    layer("data", ["domain", "language", "report", "config"]),
    layer("auth", ["domain", "language", "config"]),
    layer("use-cases", ["domain", "language", "report", "spreadsheet", "data", "auth", "config"]),
    layer("http", ["domain", "auth", "use-cases", "config"]),
    layer("api", ["domain", "language", "report", "iati", "spreadsheet", "auth", "use-cases", "http", "config"]),
    layer("pages", ["domain", "language", "report", "spreadsheet", "auth", "use-cases", "http", "config"]),
    layer("app", ["domain", "auth", "http", "api", "pages", "config"]),
    {
      name: "no-circular",
      comment: "a cycle makes two modules one",
      severity: "error",
      from: { path: "^(shared|functions|local|seed|infra)/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
  },
};
