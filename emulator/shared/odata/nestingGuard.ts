/**
 * Bounds how deeply a recursive-descent parser may nest (parentheses, NOT chains), so hostile input is refused
 * with a syntax error instead of exhausting the stack.
 */
export class NestingGuard {
  private depth = 0;

  public constructor(
    private readonly maxDepth: number,
    private readonly tooDeep: () => Error
  ) {}

  public nested<T>(parse: () => T): T {
    this.depth += 1;
    if (this.depth > this.maxDepth) {
      throw this.tooDeep();
    }
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }
}
