// Stylesheets are bundled by esbuild (scripts/build-web.ts), imported for their side effect.
declare module "*.css";
