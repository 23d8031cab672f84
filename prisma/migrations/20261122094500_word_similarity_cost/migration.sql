-- A misspelt word is looked up among the distinct words of the listings
-- (directory_word) with the word similarity operator. PostgreSQL counts that
-- operator as cheap as an equality, so it tested every word (about 2,000 on
-- the bench, 3 to 4 ms a query) instead of using the trigram index (0.2 ms).
-- The cost it is given here is closer to what it takes.
ALTER FUNCTION word_similarity_op(text, text) COST 100;
ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;
