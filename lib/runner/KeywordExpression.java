package lib.runner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A pytest-style {@code -k} expression: case-insensitive substrings of test names combined with {@code not},
 * {@code and}, {@code or} (binding in that order, tightest first) and parentheses.
 */
public final class KeywordExpression {
    private final Node root;
    private final String text;

    private KeywordExpression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** Parses {@code text}; a malformed expression throws {@link KeywordExpressionException} naming token and index. */
    public static KeywordExpression parse(String text) {
        return new KeywordExpression(text, new Parser(text).parseWhole());
    }

    /** Whether the expression holds when a substring is "present" if it occurs in any of {@code names}. */
    public boolean matches(Collection<String> names) {
        return root.evaluate(lowered(names), false) == Truth.TRUE;
    }

    /**
     * Whether a parameterised test is worth keeping for its invocations, whose names are known only when they
     * run: the expression could still hold once their names join {@code knownNames}, and some word of it is
     * already found in them (so {@code -k RunFolder} does not run every parameterised test in the suite).
     */
    public boolean mightMatch(Collection<String> knownNames) {
        List<String> lowered = lowered(knownNames);
        return root.evaluate(lowered, true) != Truth.FALSE && root.anyWordFoundIn(lowered);
    }

    private static List<String> lowered(Collection<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Three-valued (Kleene) logic: UNKNOWN when the answer depends on names not known yet. */
    private enum Truth {
        FALSE,
        UNKNOWN,
        TRUE;

        static Truth of(boolean value) {
            return value ? TRUE : FALSE;
        }

        Truth not() {
            return this == UNKNOWN ? UNKNOWN : of(this == FALSE);
        }

        Truth and(Truth other) {
            return values()[Math.min(ordinal(), other.ordinal())];
        }

        Truth or(Truth other) {
            return values()[Math.max(ordinal(), other.ordinal())];
        }
    }

    private interface Node {
        /** With {@code moreNamesPossible}, a word found in no name is UNKNOWN rather than FALSE. */
        Truth evaluate(List<String> loweredNames, boolean moreNamesPossible);

        boolean anyWordFoundIn(List<String> loweredNames);
    }

    private record Word(String lowered) implements Node {
        @Override
        public Truth evaluate(List<String> loweredNames, boolean moreNamesPossible) {
            boolean found = loweredNames.stream().anyMatch(name -> name.contains(lowered));
            return found ? Truth.TRUE : moreNamesPossible ? Truth.UNKNOWN : Truth.FALSE;
        }

        @Override
        public boolean anyWordFoundIn(List<String> loweredNames) {
            return loweredNames.stream().anyMatch(name -> name.contains(lowered));
        }
    }

    private record Not(Node operand) implements Node {
        @Override
        public Truth evaluate(List<String> loweredNames, boolean moreNamesPossible) {
            return operand.evaluate(loweredNames, moreNamesPossible).not();
        }

        @Override
        public boolean anyWordFoundIn(List<String> loweredNames) {
            return operand.anyWordFoundIn(loweredNames);
        }
    }

    private record And(Node left, Node right) implements Node {
        @Override
        public Truth evaluate(List<String> loweredNames, boolean moreNamesPossible) {
            return left.evaluate(loweredNames, moreNamesPossible).and(right.evaluate(loweredNames, moreNamesPossible));
        }

        @Override
        public boolean anyWordFoundIn(List<String> loweredNames) {
            return left.anyWordFoundIn(loweredNames) || right.anyWordFoundIn(loweredNames);
        }
    }

    private record Or(Node left, Node right) implements Node {
        @Override
        public Truth evaluate(List<String> loweredNames, boolean moreNamesPossible) {
            return left.evaluate(loweredNames, moreNamesPossible).or(right.evaluate(loweredNames, moreNamesPossible));
        }

        @Override
        public boolean anyWordFoundIn(List<String> loweredNames) {
            return left.anyWordFoundIn(loweredNames) || right.anyWordFoundIn(loweredNames);
        }
    }

    private record Token(String text, int index) {
        boolean is(String keyword) {
            return text.equals(keyword);
        }

        boolean isWord() {
            return !is("(") && !is(")") && !is("and") && !is("or") && !is("not");
        }
    }

    /** Recursive descent over: or := and ("or" and)*; and := not ("and" not)*; not := "not" not | "(" or ")" | word. */
    private static final class Parser {
        private final String text;
        private final List<Token> tokens;
        private int position;

        Parser(String text) {
            this.text = text;
            this.tokens = tokenize(text);
        }

        Node parseWhole() {
            if (tokens.isEmpty()) {
                throw new KeywordExpressionException("-k '" + text + "': the expression is empty");
            }
            Node node = parseOr();
            if (position < tokens.size()) {
                Token extra = tokens.get(position);
                throw error(extra, extra.is(")") ? "')' without a matching '('" : "expected 'and', 'or' or the end");
            }
            return node;
        }

        private Node parseOr() {
            Node node = parseAnd();
            while (peekIs("or")) {
                position++;
                node = new Or(node, parseAnd());
            }
            return node;
        }

        private Node parseAnd() {
            Node node = parseNot();
            while (peekIs("and")) {
                position++;
                node = new And(node, parseNot());
            }
            return node;
        }

        private Node parseNot() {
            if (position >= tokens.size()) {
                Token previous = tokens.get(tokens.size() - 1);
                throw new KeywordExpressionException("-k '" + text + "': expected a name or '(' after '"
                        + previous.text() + "' at index " + previous.index() + ", found the end");
            }
            Token token = tokens.get(position++);
            if (token.is("not")) {
                return new Not(parseNot());
            }
            if (token.is("(")) {
                Node inner = parseOr();
                if (!peekIs(")")) {
                    throw new KeywordExpressionException(
                            "-k '" + text + "': '(' at index " + token.index() + " is never closed");
                }
                position++;
                return inner;
            }
            if (!token.isWord()) {
                throw error(token, "expected a name, 'not' or '('");
            }
            return new Word(token.text().toLowerCase(Locale.ROOT));
        }

        private boolean peekIs(String keyword) {
            return position < tokens.size() && tokens.get(position).is(keyword);
        }

        private KeywordExpressionException error(Token token, String expectation) {
            return new KeywordExpressionException("-k '" + text + "': unexpected '" + token.text() + "' at index "
                    + token.index() + "; " + expectation);
        }

        private static List<Token> tokenize(String text) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')') {
                    tokens.add(new Token(String.valueOf(c), i));
                    i++;
                } else {
                    int start = i;
                    while (i < text.length()
                            && !Character.isWhitespace(text.charAt(i))
                            && text.charAt(i) != '('
                            && text.charAt(i) != ')') {
                        i++;
                    }
                    tokens.add(new Token(text.substring(start, i), start));
                }
            }
            return tokens;
        }
    }
}
