// type-graphql reads decorator metadata; the entry point imports this once, and so do tests.
import 'reflect-metadata';
