/** The part of jsonstat-toolkit (no types of its own) that read-json-stat.ts uses. */
declare module 'jsonstat-toolkit' {
  interface JsonStatDataset {
    class: string;
    toTable(options: { type: 'arrobj'; content: 'id'; status: true }): Record<string, string | number | null>[];
  }
  export default function JSONstat(input: unknown): JsonStatDataset;
}
