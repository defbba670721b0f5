// @commerce/local-cloud/testing exports TypeScript source, so its files are type-checked in this
// program too; its ambient declaration of `dynalite` (src/dynamodb/dynalite-module.d.ts) is not
// reachable from here. This is the same declaration. Delete it once local-cloud references its
// declaration from src/testing.ts (`/// <reference path="./dynamodb/dynalite-module.d.ts" />`).
declare module 'dynalite' {
  import type { Server } from 'node:http';
  export default function dynalite(options?: {
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    path?: string;
  }): Server;
}
