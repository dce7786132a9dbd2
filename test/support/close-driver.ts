import { afterAll } from "vitest";
import { closeTestDriver } from "./neo4j.ts";

afterAll(closeTestDriver);
