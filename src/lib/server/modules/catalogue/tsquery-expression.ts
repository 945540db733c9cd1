/**
 * A text search query as PostgreSQL prints it (`websearch_to_tsquery(…)::text`, e.g.
 * `'digit' & !( 'data' | 'servic' )`), read back so that the in-memory word lists can
 * answer it (search-terms.ts). Only what those lists can answer exactly is read: words,
 * AND, OR, NOT and parentheses. Phrases (`<->`), prefixes (`:*`) and weights (`:A`) need
 * word positions, so they, and anything unexpected, give `undefined` and PostgreSQL
 * answers instead.
 */
export type TsqueryExpression =
	| { kind: 'word'; lexeme: string }
	| { kind: 'not'; operand: TsqueryExpression }
	| { kind: 'and' | 'or'; left: TsqueryExpression; right: TsqueryExpression };

type Token = { kind: 'word'; lexeme: string } | { kind: '&' | '|' | '!' | '(' | ')' };

/** A quoted lexeme without quotes or backslashes inside (those come escaped: left to SQL). */
const lexemePattern = /^'([^'\\]+)'(?!:)/;

function tokenize(text: string): Token[] | undefined {
	const tokens: Token[] = [];
	let rest = text.trim();
	while (rest !== '') {
		const lexeme = lexemePattern.exec(rest);
		if (lexeme?.[1] !== undefined) {
			tokens.push({ kind: 'word', lexeme: lexeme[1] });
			rest = rest.slice(lexeme[0].length).trimStart();
			continue;
		}
		const operator = rest[0];
		if (
			operator !== '&' &&
			operator !== '|' &&
			operator !== '!' &&
			operator !== '(' &&
			operator !== ')'
		) {
			return undefined;
		}
		tokens.push({ kind: operator });
		rest = rest.slice(1).trimStart();
	}
	return tokens;
}

/** Reads the printed query; `undefined` when it is empty or not answerable from word lists. */
export function parseTsquery(text: string): TsqueryExpression | undefined {
	const tokens = tokenize(text);
	if (!tokens || tokens.length === 0) {
		return undefined;
	}
	let at = 0;
	const peek = () => tokens[at]?.kind;
	// PostgreSQL's precedence, loosest first: |, &, then ! (phrases are refused above).
	const parseOr = (): TsqueryExpression | undefined => {
		let left = parseAnd();
		while (left && peek() === '|') {
			at++;
			const right = parseAnd();
			left = right && { kind: 'or', left, right };
		}
		return left;
	};
	const parseAnd = (): TsqueryExpression | undefined => {
		let left = parseUnary();
		while (left && peek() === '&') {
			at++;
			const right = parseUnary();
			left = right && { kind: 'and', left, right };
		}
		return left;
	};
	const parseUnary = (): TsqueryExpression | undefined => {
		const token = tokens[at++];
		if (token?.kind === 'word') {
			return { kind: 'word', lexeme: token.lexeme };
		}
		if (token?.kind === '!') {
			const operand = parseUnary();
			return operand && { kind: 'not', operand };
		}
		if (token?.kind === '(') {
			const inner = parseOr();
			return inner && tokens[at++]?.kind === ')' ? inner : undefined;
		}
		return undefined;
	};
	const expression = parseOr();
	return at === tokens.length ? expression : undefined;
}

/** Every lexeme the expression names. */
export function lexemesOf(expression: TsqueryExpression): string[] {
	switch (expression.kind) {
		case 'word':
			return [expression.lexeme];
		case 'not':
			return lexemesOf(expression.operand);
		default:
			return [...lexemesOf(expression.left), ...lexemesOf(expression.right)];
	}
}
